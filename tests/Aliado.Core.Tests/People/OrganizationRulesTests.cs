using Aliado.Core.People;
using FsCheck.Xunit;

namespace Aliado.Core.Tests.People;

public sealed class OrganizationRulesTests
{
    [Fact]
    public void Putting_a_company_under_its_own_team_is_a_cycle()
    {
        var company = Guid.NewGuid();
        var department = Guid.NewGuid();
        var team = Guid.NewGuid();
        var parents = new Dictionary<Guid, Guid?> { [company] = null, [department] = company, [team] = department };

        Assert.True(OrganizationRules.WouldCreateCycle(company, team, id => parents[id]));
        Assert.True(OrganizationRules.WouldCreateCycle(company, company, id => parents[id]));
        Assert.False(OrganizationRules.WouldCreateCycle(team, company, id => parents[id]));
        Assert.False(OrganizationRules.WouldCreateCycle(team, null, id => parents[id]));
    }

    [Property]
    public bool A_chain_never_makes_a_cycle_when_hung_under_an_unrelated_root(byte length)
    {
        var chain = Enumerable.Range(0, length + 1).Select(_ => Guid.NewGuid()).ToArray();
        var parents = chain.Select((id, i) => (id, parent: i == 0 ? (Guid?)null : chain[i - 1])).ToDictionary(p => p.id, p => p.parent);
        var outsider = Guid.NewGuid();
        parents[outsider] = null;

        // Hanging the chain's root under an outsider is fine; hanging it under its own leaf is not.
        return !OrganizationRules.WouldCreateCycle(chain[0], outsider, id => parents[id])
            && OrganizationRules.WouldCreateCycle(chain[0], chain[^1], id => parents[id]);
    }
}
