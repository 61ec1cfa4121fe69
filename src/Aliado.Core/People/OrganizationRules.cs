namespace Aliado.Core.People;

public static class OrganizationRules
{
    /// <summary>
    /// True when putting <paramref name="organizationId"/> under <paramref name="newParentId"/> would make
    /// it its own ancestor. <paramref name="parentOf"/> answers the current parent of any organization.
    /// </summary>
    public static bool WouldCreateCycle(Guid organizationId, Guid? newParentId, Func<Guid, Guid?> parentOf)
    {
        var seen = new HashSet<Guid>();
        for (var current = newParentId; current is { } id; current = parentOf(id))
        {
            if (id == organizationId || !seen.Add(id))
            {
                return true;
            }
        }
        return false;
    }
}
