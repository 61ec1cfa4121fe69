using System.Linq.Expressions;
using Aliado.Core.People;

namespace Aliado.Features.Ties;

/// <summary>A tie reads "personName {kind} otherPersonName".</summary>
public sealed record TieDto(
    Guid Id,
    Guid PersonId,
    string PersonName,
    Guid OtherPersonId,
    string OtherPersonName,
    TieKind Kind,
    int Power,
    int Interest,
    Attitude Attitude,
    string? Notes)
{
    public static readonly Expression<Func<Tie, TieDto>> FromTie = t => new TieDto(
        t.Id, t.PersonId, t.Person!.Name, t.OtherPersonId, t.OtherPerson!.Name, t.Kind, t.Power, t.Interest, t.Attitude, t.Notes);
}

public enum TieDirection
{
    /// <summary>The people around the person: ties the person has.</summary>
    Circle,

    /// <summary>The people the person surrounds: ties in which the person is the other one.</summary>
    Surrounds,
}
