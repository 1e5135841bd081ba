namespace HackathonPlatform.Quantum.Models;

/// <summary>What <see cref="PenaltyEncoding.AddKnapsack"/> added to a builder.</summary>
/// <param name="Constraint">The inequality over the original variables (slack bits excluded).</param>
/// <param name="SlackVariables">Indices of the appended slack bits, least significant first.</param>
public sealed record KnapsackEncoding(LinearConstraint Constraint, IReadOnlyList<int> SlackVariables);
