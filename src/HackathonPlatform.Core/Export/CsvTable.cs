using System.Text;

namespace HackathonPlatform.Core.Export;

/// <summary>Builds RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
public sealed class CsvTable
{
    private readonly StringBuilder text = new();

    /// <summary>Appends one record.</summary>
    public CsvTable Row(IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Escape)).Append("\r\n");
        return this;
    }

    /// <summary>Appends one record.</summary>
    public CsvTable Row(params string[] fields) => Row((IEnumerable<string>)fields);

    /// <inheritdoc />
    public override string ToString() => text.ToString();

    private static string Escape(string field)
    {
        // A leading =, +, - or @ would make spreadsheets run the field as a formula (CSV injection).
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
