package org.orderdesk.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Codes as pictures a scanner or a phone reads: the pickup code as a QR code and a Code-128 barcode for the desk,
 * and the enrolment link of an operator's authenticator app as a QR code (PNG). Platform code, because the order,
 * mail and security features all draw them.
 */
@ApplicationScoped
public class CodeImages {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** IHDR after the size: one bit per pixel, gray (0 black, 1 white), deflate, the standard filters, no interlace. */
    private static final byte[] ONE_BIT_GRAY = {1, 0, 0, 0, 0};
    private static final int ALL_WHITE = 0xFF;
    private static final int LEFTMOST_PIXEL = 0x80;

    public byte[] qrCode(String text) {
        try {
            return png(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code for " + text, e);
        }
    }

    public byte[] barcode(String text) {
        return png(new Code128Writer().encode(text, BarcodeFormat.CODE_128, 360, 90,
                Map.of(EncodeHintType.MARGIN, 16)));
    }

    /**
     * Black and white PNG, one bit per pixel, written here rather than through ImageIO: for a 240 px QR code
     * ImageIO took about 0.8 ms per picture (its per-row filter choice and its writer's set-up), six times what
     * packing the bits and deflating them takes, and the outbox draws one per confirmation mail. The PNG has the
     * three chunks every reader needs and no filter: rows of a code repeat, which deflate finds without one.
     */
    static byte[] png(BitMatrix matrix) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(packedRows(matrix));
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
            png.writeBytes(PNG_SIGNATURE);
            chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(matrix.getWidth()).putInt(matrix.getHeight())
                    .put(ONE_BIT_GRAY).array());
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Each row a filter byte (0, none) and the pixels, eight to a byte, leftmost in the high bit; 1 is white. */
    private static byte[] packedRows(BitMatrix matrix) {
        int bytesPerRow = (matrix.getWidth() + 7) / 8;
        byte[] rows = new byte[matrix.getHeight() * (bytesPerRow + 1)];
        for (int y = 0; y < matrix.getHeight(); y++) {
            int start = y * (bytesPerRow + 1) + 1;
            Arrays.fill(rows, start, start + bytesPerRow, (byte) ALL_WHITE);
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    rows[start + x / 8] &= (byte) ~(LEFTMOST_PIXEL >>> (x % 8));
                }
            }
        }
        return rows;
    }

    /** Length, type, data and the CRC-32 of type and data, as the PNG specification lays a chunk out. */
    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
