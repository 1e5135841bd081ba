namespace HackathonPlatform.Notebooks;

/// <summary>Converts <see cref="CellType"/> to and from nbformat's <c>cell_type</c> strings.</summary>
public static class CellTypes
{
    /// <summary>The nbformat name: <c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    /// <param name="type">The cell type.</param>
    /// <returns>The lower-case name nbformat writes.</returns>
    public static string ToNbformat(this CellType type) => type switch
    {
        CellType.Code => "code",
        CellType.Markdown => "markdown",
        CellType.Raw => "raw",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown cell type."),
    };

    /// <summary>Parses an nbformat <c>cell_type</c> string.</summary>
    /// <param name="name">The string from the file.</param>
    /// <param name="type">The parsed type when the name is known.</param>
    /// <returns>Whether the name is one of nbformat 4's cell types.</returns>
    public static bool TryParse(string? name, out CellType type)
    {
        switch (name)
        {
            case "code": type = CellType.Code; return true;
            case "markdown": type = CellType.Markdown; return true;
            case "raw": type = CellType.Raw; return true;
            default: type = default; return false;
        }
    }
}
