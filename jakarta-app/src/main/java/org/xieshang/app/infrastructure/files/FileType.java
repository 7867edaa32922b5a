package org.xieshang.app.infrastructure.files;

import java.util.List;

/** The kinds of file an attachment may be, each with its media type and the file name extensions it goes by. */
public enum FileType {

    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** OFD (GB/T 33190), China's fixed-layout document format, as issued by e-government systems. */
    OFD("application/ofd", "ofd"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    /** Checked to be UTF-8, so the charset is known and stated. */
    TEXT("text/plain; charset=UTF-8", "txt");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** @return the media type to serve the file with, never null */
    public String mediaType() {
        return mediaType;
    }

    /** @return the usual extension, lower case without the dot, such as {@code pdf}; never null */
    public String extension() {
        return extensions.get(0);
    }

    /**
     * @param extension an extension, lower case without the dot, not null
     * @return whether files of this type go by it ({@code jpg} and {@code jpeg} for JPEG)
     */
    public boolean goesBy(String extension) {
        return extensions.contains(extension);
    }
}
