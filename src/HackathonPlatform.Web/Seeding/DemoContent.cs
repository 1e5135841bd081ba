namespace HackathonPlatform.Web.Seeding;

/// <summary>Texts and sample people of the demo hackathon.</summary>
internal static class DemoContent
{
    public const string Description = """
        Three days of hands-on machine learning for physics research, in groups of four with a GPU server per group.

        **Programme**

        | Day | Morning | Afternoon |
        |-----|---------|-----------|
        | 1 | Welcome, platform tour, ML refresher | Quantum machine learning: QUBO problems with VQE and QAOA |
        | 2 | Deep learning for particle identification on GPUs | Generative models for fast simulation |
        | 3 | Group projects | Presentations and awards |

        Exercises are graded notebooks (C# and Q#); tutors from the institute help throughout.
        Bring a laptop with a recent browser: everything else runs on the cluster.
        """;

    /// <summary>Twenty-six applicants: the first twenty get seats, six are wait-listed in order.</summary>
    public static readonly IReadOnlyList<(string Name, string Field, string Skill)> Participants =
    [
        ("Alice Bianchi", "Experimental particle physics (CMS)", "deep learning"),
        ("Bruno Conti", "Theoretical condensed matter", "quantum computing"),
        ("Chiara Esposito", "Astroparticle physics", "deep learning"),
        ("Davide Ferrari", "Nuclear physics", "none"),
        ("Elena Galli", "Medical physics", "deep learning"),
        ("Fabio Greco", "Quantum information", "quantum computing"),
        ("Giulia Leone", "Gravitational waves (Virgo)", "deep learning"),
        ("Hamid Karimi", "Lattice QCD", "quantum computing"),
        ("Irene Lombardi", "Detector R&D", "none"),
        ("Jonas Müller", "Accelerator physics", "deep learning"),
        ("Katarzyna Nowak", "Neutrino physics", "quantum computing"),
        ("Luca Marino", "Experimental particle physics (ATLAS)", "deep learning"),
        ("Maria Ricci", "Cosmology", "none"),
        ("Nikos Papadopoulos", "Plasma physics", "deep learning"),
        ("Olga Ivanova", "Quantum optics", "quantum computing"),
        ("Pietro Romano", "Computing (grid operations)", "deep learning"),
        ("Qing Li", "Dark matter searches", "quantum computing"),
        ("Rosa Colombo", "Theoretical particle physics", "none"),
        ("Samuel Okafor", "Cosmic rays", "deep learning"),
        ("Teresa Moretti", "Nuclear astrophysics", "quantum computing"),
        ("Umberto Barbieri", "Heavy-ion physics (ALICE)", "deep learning"),
        ("Valentina Fontana", "Biophysics", "none"),
        ("Wei Zhang", "Quantum computing hardware", "quantum computing"),
        ("Xenia Rossi", "Space physics", "deep learning"),
        ("Yusuf Demir", "Experimental particle physics (LHCb)", "deep learning"),
        ("Zoe Caruso", "Statistical physics", "quantum computing"),
    ];
}
