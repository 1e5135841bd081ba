using HackathonPlatform.Quantum.Circuits;
using HackathonPlatform.Quantum.Models;
using HackathonPlatform.Quantum.Optimizers;
using HackathonPlatform.Quantum.Solvers;

namespace HackathonPlatform.Quantum.Variational;

/// <summary>Everything <see cref="VariationalRunner"/> needs, prepared by VQE or QAOA.</summary>
internal sealed record VariationalSetup(
    string Method,
    QuboModel Model,
    Circuit Circuit,
    double[] Cost,
    double Alpha,
    IOptimizer Optimizer,
    int Starts,
    Func<int, Random, double[]> StartPoint,
    int Seed,
    int Shots,
    double? ReferenceValue,
    string Ansatz,
    IProgress<SolverProgress>? Progress,
    TimeSpan? TimeLimit);
