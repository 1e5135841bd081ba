namespace HackathonPlatform.DeepLearning;

/// <summary>The particle that made a calorimeter image; the value is the class label used in tensors.</summary>
public enum ParticleType
{
    /// <summary>An electron: one narrow, compact electromagnetic shower.</summary>
    Electron = 0,

    /// <summary>A charged pion: a wide, irregular hadronic shower with sub-clusters.</summary>
    ChargedPion = 1,

    /// <summary>A neutral pion: two nearby photon showers (π0 → γγ), sometimes merged into one.</summary>
    NeutralPion = 2,
}
