namespace Aliado.Core.People;

public enum OrganizationKind
{
    Company,
    Department,
    Team,
}
