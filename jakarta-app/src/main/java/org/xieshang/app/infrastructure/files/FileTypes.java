package org.xieshang.app.infrastructure.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tells what a file is from its first bytes, never from the client's word for it: a Content-Type header or
 * a name is what a disguised file lies about. The name's extension only has to agree, and it decides between
 * the types that share a container (the ZIP of Office documents and OFD, the OLE file of legacy Word and Excel).
 */
public final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /**
     * What the ZIP of each type holds, so that an archive or a program renamed to {@code .docx} is refused: Office
     * documents declare their parts in {@code [Content_Types].xml} and keep them in one folder; OFD starts at
     * {@code OFD.xml}.
     */
    private static final Map<FileType, Predicate<List<String>>> ZIP_CONTENTS = Map.of(
            FileType.DOCX, office("word/"),
            FileType.XLSX, office("xl/"),
            FileType.PPTX, office("ppt/"),
            FileType.OFD, names -> names.contains("OFD.xml"));

    private static final List<FileType> OLE_TYPES = List.of(FileType.DOC, FileType.XLS);

    private FileTypes() {
    }

    /**
     * A name without an extension is accepted for the types the content alone tells (PDF, PNG, JPEG, text);
     * the ZIP- and OLE-based ones need theirs.
     *
     * @param content  the whole file, not null
     * @param fileName the file's (sanitised) name, for its extension; not null
     * @return the type, or empty if the content is empty or none of the accepted types, or the name's extension disagrees
     */
    public static Optional<FileType> detect(byte[] content, String fileName) {
        if (content.length == 0) {
            return Optional.empty();
        }
        String extension = FileNames.extensionOf(fileName);
        Optional<FileType> type;
        if (startsWith(content, PDF)) {
            type = Optional.of(FileType.PDF);
        } else if (startsWith(content, PNG)) {
            type = Optional.of(FileType.PNG);
        } else if (startsWith(content, JPEG)) {
            type = Optional.of(FileType.JPEG);
        } else if (startsWith(content, ZIP)) {
            type = zipBased(content, extension);
        } else if (startsWith(content, OLE)) {
            type = OLE_TYPES.stream().filter(t -> t.goesBy(extension)).findFirst();
        } else {
            type = isUtf8Text(content) ? Optional.of(FileType.TEXT) : Optional.empty();
        }
        return type.filter(t -> extension.isEmpty() || t.goesBy(extension));
    }

    private static Optional<FileType> zipBased(byte[] content, String extension) {
        return ZIP_CONTENTS.keySet().stream().filter(t -> t.goesBy(extension)).findFirst()
                .filter(t -> ZIP_CONTENTS.get(t).test(ZipEntryNames.of(content)));
    }

    private static Predicate<List<String>> office(String folder) {
        // A macro-enabled document renamed to .docx/.xlsx/.pptx keeps its macros in vbaProject.bin: refused.
        return names -> names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith(folder))
                && names.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** Text must be valid UTF-8 (GBK files are refused rather than shown garbled) and hold no NUL, which binaries do. */
    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
