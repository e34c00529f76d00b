package dev.kaohe.platform.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes text into exported sheets. Text that a spreadsheet would read as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so a value typed by one person
 * cannot run as a formula on another person's machine (CSV/Excel formula injection). Numbers are written as
 * numeric cells and need no escaping. {@link SheetReader} removes the apostrophe again, so an exported sheet
 * imports back unchanged.
 */
public final class SheetCells {

    private SheetCells() {
    }

    /** Whether text read from a sheet carries the escape {@link #safe} put there. */
    static boolean escaped(String value) {
        return value.length() > 2 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0;
    }

    public static String safe(String value) {
        if (value == null || value.length() < 2) {
            return value; // a lone "-" (an empty value's placeholder) is no formula
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** Sets the cell at {@code column} to the escaped text; does nothing for null. */
    public static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(safe(value));
        }
        return cell;
    }
}
