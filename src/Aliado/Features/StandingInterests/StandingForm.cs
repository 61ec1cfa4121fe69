namespace Aliado.Features.StandingInterests;

/// <summary>One form of the standing-interests page (a row, or the one that adds); its names are the page's bound properties.</summary>
public sealed class StandingForm
{
    public string? Description { get; set; }

    public int? Importance { get; set; } = 3;

    /// <summary>The row's version when it edits one; none on the form that adds.</summary>
    public long? Version { get; set; }
}

/// <summary>Tells apart the ids of the page's forms: a row's id, or "new".</summary>
public sealed record StandingChoices(string Scope);
