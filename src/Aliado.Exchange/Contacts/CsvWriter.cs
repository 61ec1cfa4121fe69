namespace Aliado.Exchange.Contacts;

/// <summary>RFC 4180 rows, with cells a spreadsheet would run as a formula defused (OWASP CSV injection).</summary>
public static class CsvWriter
{
    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    /// <summary>A cell starting with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe, so it stays text.</summary>
    public static string Defuse(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Cell(string? value)
    {
        var text = Defuse(value ?? string.Empty);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
