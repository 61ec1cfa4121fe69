namespace Aliado.Core.People;

/// <summary>
/// How a person stands toward someone in their circle. A tie reads "person {kind} other person":
/// "Ricardo reports to Elena", "Ricardo relies on Tomás".
/// </summary>
public enum TieKind
{
    ReportsTo,
    Peer,
    Influences,
    ReliesOn,
    Ally,
    Rival,
}
