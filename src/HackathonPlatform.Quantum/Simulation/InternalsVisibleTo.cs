using System.Runtime.CompilerServices;

// The contract tests check the memory refusal with an injected "available memory" figure.
[assembly: InternalsVisibleTo("HackathonPlatform.Quantum.Tests")]
[assembly: InternalsVisibleTo("HackathonPlatform.Quantum.Benchmarks")]
