using Aliado.Core.People;

namespace Aliado.Features.Ties;

/// <summary>The tie form, posted as "Tie.*" by the person page and the tie edit page.</summary>
public sealed class TieForm
{
    public Guid? OtherPersonId { get; set; }

    public TieKind? Kind { get; set; } = TieKind.ReportsTo;

    public int? Power { get; set; } = 3;

    public int? Interest { get; set; } = 3;

    public Attitude? Attitude { get; set; } = Core.People.Attitude.Neutral;

    public string? Notes { get; set; }

    /// <summary>Someone not in the workspace yet, added with the tie (the person page's form only).</summary>
    public string? NewPersonName { get; set; }

    public TieDraft ToDraft() => new(OtherPersonId, Kind, Power, Interest, Attitude, Notes);

    public static TieForm From(TieDto tie) => new()
    {
        OtherPersonId = tie.OtherPersonId,
        Kind = tie.Kind,
        Power = tie.Power,
        Interest = tie.Interest,
        Attitude = tie.Attitude,
        Notes = tie.Notes,
    };
}

/// <summary>What the tie fields offer: who can be picked, whose circle this is, and whether someone new can be named.</summary>
public sealed record TieChoices(IReadOnlyList<(Guid Id, string Name)> People, string PersonName, bool Newcomer);
