namespace HackathonPlatform.DeepLearning;

/// <summary>The shower-shape variable a <see cref="CutBasedClassifier"/> cuts on (see <see cref="ShowerFeatures"/>).</summary>
public enum ShowerVariable
{
    /// <summary><see cref="ShowerFeatures.Width"/>: narrow electromagnetic vs wide hadronic showers.</summary>
    Width,

    /// <summary><see cref="ShowerFeatures.CoreFraction"/>: energy concentrated in the 3 × 3 core or not.</summary>
    CoreFraction,
}
