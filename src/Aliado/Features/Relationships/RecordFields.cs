namespace Aliado.Features.Relationships;

/// <summary>The conversation fields, shared by the log form on the relationship page and the edit page.</summary>
public sealed record InteractionFields(InteractionForm Form, IReadOnlyList<Core.Relationships.Interest> ClientInterests, string ClientName);

/// <summary>The pulse fields; where I am the client the questions speak to me as the client.</summary>
public sealed record PulseFields(PulseForm Form, bool AsClient);
