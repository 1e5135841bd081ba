using HackathonPlatform.Notebooks;

namespace HackathonPlatform.Grading.Release;

/// <summary>One small transformation of release generation, applied in place (nbgrader's preprocessors).</summary>
public interface IReleaseStep
{
    /// <summary>Transforms the notebook in place.</summary>
    /// <param name="notebook">A copy of the source being turned into the release.</param>
    /// <param name="options">The release settings.</param>
    /// <param name="language">The notebook's language profile.</param>
    /// <exception cref="NotebookFormatException">The source notebook is not a valid assignment.</exception>
    void Apply(Notebook notebook, ReleaseOptions options, LanguageProfile language);
}
