namespace Aliado.Core.Relationships;

public enum RelationshipKind
{
    /// <summary>Inside the same organization: my client is my boss, another team, a colleague.</summary>
    Internal,
    External,
}

/// <summary>
/// Sometimes I decide what I give; sometimes I only carry out what someone else decided. When I
/// execute, step 5's "don't provide" is a conversation with whoever decides, not a choice of mine.
/// </summary>
public enum Authority
{
    Decide,
    Execute,
}

public enum InterestHolder
{
    Client,
    Provider,
}

public enum InterestScope
{
    /// <summary>What the client wants for themselves (stay with their group, be promoted…).</summary>
    Personal,

    /// <summary>What the client wants for the organization (solve operational problems…).</summary>
    Organizational,
}

/// <summary>How we know about a client interest, from surest to most speculative.</summary>
public enum Visibility
{
    Stated,
    Observed,
    Inferred,
}

public enum ClientBuys
{
    Yes,
    No,
    Unknown,
}

public enum PerceivedValue
{
    None,
    Low,
    Medium,
    High,
}

public enum Willingness
{
    Willing,
    Conditional,
    Unwilling,
}

public enum CoincidenceStrength
{
    Full,
    Partial,
    Conflict,
}

/// <summary>Step 5 of the method: what an honest reading of steps 3–4 says.</summary>
public enum VerdictOutcome
{
    NotEnoughKnown,
    NoDeal,
    DontProvide,
    Proceed,
}

public enum DecisionState
{
    Pending,
    Accepted,
    Overridden,
}
