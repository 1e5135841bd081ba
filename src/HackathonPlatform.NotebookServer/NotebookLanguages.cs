using HackathonPlatform.Notebooks;

namespace HackathonPlatform.NotebookServer;

/// <summary>Reads which kernel a notebook file asks for.</summary>
public static class NotebookLanguages
{
    // Names in the wild: our front end writes "qsharp"; Microsoft's old IQ# kernel wrote "iqsharp" / "qsharp".
    private static readonly HashSet<string> QsharpNames = new(StringComparer.OrdinalIgnoreCase) { "qsharp", "q#", "iqsharp" };

    /// <summary>
    /// Q# when <c>language_info.name</c>, <c>kernelspec.language</c> or <c>kernelspec.name</c> says Q#;
    /// C# otherwise, also for a missing or unreadable file (opening it reports that error, not this).
    /// </summary>
    /// <param name="fullPath">The notebook's absolute path, or null for a kernel without a notebook.</param>
    /// <returns>The kernel language.</returns>
    public static KernelLanguage Detect(string? fullPath)
    {
        if (fullPath is null || !File.Exists(fullPath) || !fullPath.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            return KernelLanguage.CSharp;
        }

        try
        {
            var notebook = NotebookReader.ReadFile(fullPath);
            return new[] { notebook.Language, notebook.KernelSpec?.Language, notebook.KernelSpec?.Name }
                .Any(name => name is not null && QsharpNames.Contains(name))
                ? KernelLanguage.QSharp
                : KernelLanguage.CSharp;
        }
        catch (Exception ex) when (ex is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            return KernelLanguage.CSharp;
        }
    }
}
