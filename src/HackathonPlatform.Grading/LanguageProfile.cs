using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading;

/// <summary>What release generation needs to know about a notebook's language: its stubs and markers.</summary>
/// <param name="Name">A short name, e.g. <c>python</c> or <c>csharp</c>.</param>
/// <param name="CodeStub">Replaces solution code; may span lines.</param>
/// <param name="TextStub">Replaces written (Markdown) answers.</param>
/// <param name="Markers">The region delimiters.</param>
public sealed record LanguageProfile(string Name, string CodeStub, string TextStub, RegionMarkers Markers)
{
    /// <summary>nbgrader's defaults for Python.</summary>
    public static LanguageProfile Python { get; } =
        new("python", "# YOUR CODE HERE\nraise NotImplementedError()", "YOUR ANSWER HERE", RegionMarkers.Python);

    /// <summary>C# on .NET Interactive: the stub compiles, and fails when run.</summary>
    public static LanguageProfile CSharp { get; } =
        new("csharp", "// YOUR CODE HERE\nthrow new NotImplementedException();", "YOUR ANSWER HERE", RegionMarkers.CSharp);

    /// <summary>
    /// The profile for a notebook's language (<c>language_info.name</c>, else <c>kernelspec.language</c>
    /// or a .NET kernelspec name); Python, nbgrader's own default, when the language is not recognised.
    /// </summary>
    /// <param name="notebook">The source notebook.</param>
    /// <returns>The profile.</returns>
    public static LanguageProfile For(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var language = notebook.Language?.ToUpperInvariant();
        var kernel = notebook.KernelSpec?.Name.ToUpperInvariant();
        return language is "C#" or "CSHARP" or "C-SHARP" || kernel is ".NET-CSHARP" or "CSHARP"
            ? CSharp
            : Python;
    }
}
