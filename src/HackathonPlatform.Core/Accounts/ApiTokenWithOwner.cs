using HackathonPlatform.Core.Entities;

namespace HackathonPlatform.Core.Accounts;

/// <summary>A token and its owner's email, as the administrators' token list shows it.</summary>
/// <param name="Token">The stored token (never its secret: only the hash is stored).</param>
/// <param name="OwnerEmail">The owning account's email.</param>
public sealed record ApiTokenWithOwner(ApiToken Token, string OwnerEmail);
