using Aliado.Core.Relationships;

namespace Aliado.Features.Interests;

public sealed class InterestForm
{
    public string? Description { get; set; }

    public InterestScope? Scope { get; set; } = InterestScope.Organizational;

    public Visibility? Visibility { get; set; } = Core.Relationships.Visibility.Stated;

    public int? Importance { get; set; } = 3;

    public int? Confidence { get; set; } = 3;

    public string? Evidence { get; set; }

    public InterestDraft ToDraft(InterestHolder holder) => holder == InterestHolder.Client
        ? new(holder, Description, Scope, Visibility, Importance, Confidence, Evidence)
        : new(holder, Description, Importance: Importance, Evidence: Evidence);

    public static InterestForm From(Interest i) => new()
    {
        Description = i.Description,
        Scope = i.Scope,
        Visibility = i.Visibility,
        Importance = i.Importance,
        Confidence = i.Confidence,
        Evidence = i.Evidence,
    };
}

/// <summary>Whether the interest fields are the client's (scope, visibility and confidence) or mine.</summary>
public sealed record InterestChoices(bool ForClient);
