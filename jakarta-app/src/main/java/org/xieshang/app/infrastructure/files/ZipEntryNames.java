package org.xieshang.app.infrastructure.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entry names of a ZIP file from its central directory, without inflating anything: a ZIP bomb
 * costs nothing here. Enough to tell a Word document from a renamed archive.
 */
final class ZipEntryNames {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_OF_DIRECTORY_LENGTH = 22;
    private static final int DIRECTORY_ENTRY_LENGTH = 46;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    /** General purpose flag: the name is UTF-8 (otherwise CP437, which agrees with ASCII on the names we look for). */
    private static final int UTF8_NAME = 1 << 11;

    private ZipEntryNames() {
    }

    /**
     * @param zip the file's bytes, not null
     * @return the names of its entries; empty if it has no readable central directory (also ZIP64, which a file
     *         under the attachment cap does not need); never null
     */
    static List<String> of(byte[] zip) {
        int end = endOfDirectory(zip);
        if (end < 0) {
            return List.of();
        }
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        List<String> names = new ArrayList<>(count);
        int position = (int) Math.min(offset, end);
        for (int i = 0; i < count; i++) {
            if (position + DIRECTORY_ENTRY_LENGTH > end || (int) u32(zip, position) != DIRECTORY_ENTRY) {
                return List.of();
            }
            int nameLength = u16(zip, position + 28);
            int next = position + DIRECTORY_ENTRY_LENGTH + nameLength + u16(zip, position + 30) + u16(zip, position + 32);
            if (next > end) {
                return List.of();
            }
            Charset charset = (u16(zip, position + 8) & UTF8_NAME) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            names.add(new String(zip, position + DIRECTORY_ENTRY_LENGTH, nameLength, charset));
            position = next;
        }
        return names;
    }

    /** The end-of-central-directory record is last, followed only by a comment of up to 65 535 bytes. */
    private static int endOfDirectory(byte[] zip) {
        int last = zip.length - END_OF_DIRECTORY_LENGTH;
        int first = Math.max(0, last - MAX_COMMENT_LENGTH);
        for (int position = last; position >= first; position--) {
            if ((int) u32(zip, position) == END_OF_DIRECTORY) {
                return position;
            }
        }
        return -1;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
    }
}
