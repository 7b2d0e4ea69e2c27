namespace Prongsai.Import.Readers;

/// <summary>
/// What one DOCX or XLSX may hold once read, so that reading any accepted file stays within a fixed memory bound
/// (about 300 MB of process memory; bench/results/import-memory.md). The parts are read streaming, so memory grows
/// only with what is kept: text, cells and rows. A real measures document holds well under 200,000 characters in a
/// few hundred rows; these limits are far above that and far below what would exhaust a server.
/// </summary>
public sealed class ReadBudget(string file)
{
    public const int MaxCharacters = 2_000_000;

    public const int MaxCells = 50_000;

    public const int MaxCellsPerRow = 256;

    long _characters;
    long _cells;

    /// <summary>Counts text kept; refuses the document past <see cref="MaxCharacters"/>, naming where it was.</summary>
    public void Text(int characters, string where)
    {
        _characters += characters;
        if (_characters > MaxCharacters)
        {
            throw new ImportException(new ImportLocation(file, null, where),
                $"the document holds more than {MaxCharacters:N0} characters of text; a measures document holds far less, so it is refused to keep reading within its memory bound");
        }
    }

    /// <summary>A sheet laid out as rows × columns (empty cells included) must fit the cell budget four times over.</summary>
    public void Grid(int rows, int columns, string where)
    {
        if (columns > MaxCellsPerRow || (long)rows * columns > 4L * MaxCells)
        {
            throw new ImportException(new ImportLocation(file, null, where),
                $"the sheet spans {rows:N0} rows × {columns:N0} columns; a measures table spans far fewer, so it is refused to keep reading within its memory bound");
        }
    }

    /// <summary>Counts one cell; refuses the document past <see cref="MaxCells"/> cells or <see cref="MaxCellsPerRow"/> in a row.</summary>
    public void Cell(int cellsInRow, string where)
    {
        _cells++;
        if (_cells > MaxCells || cellsInRow > MaxCellsPerRow)
        {
            throw new ImportException(new ImportLocation(file, null, where),
                $"the document's tables hold more than {(cellsInRow > MaxCellsPerRow ? $"{MaxCellsPerRow:N0} cells in one row" : $"{MaxCells:N0} cells")}; a measures table holds far fewer, so it is refused to keep reading within its memory bound");
        }
    }
}
