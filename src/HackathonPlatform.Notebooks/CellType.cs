namespace HackathonPlatform.Notebooks;

/// <summary>The nbformat 4 cell types.</summary>
public enum CellType
{
    /// <summary>Code run by the kernel; has outputs and an execution count.</summary>
    Code,

    /// <summary>Markdown text, rendered by the front end.</summary>
    Markdown,

    /// <summary>Raw text passed through unrendered.</summary>
    Raw,
}
