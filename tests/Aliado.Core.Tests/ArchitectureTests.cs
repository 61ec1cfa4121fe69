using Aliado.Core.People;

namespace Aliado.Core.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_core_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var references = typeof(Person).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.Contains(references, name => name == "System.Runtime");
    }

    [Fact]
    public void Every_core_entity_with_a_workspace_declares_it()
    {
        var entities = typeof(Person).Assembly.GetTypes()
            .Where(t => t.IsClass && t.GetProperty("WorkspaceId") is not null && t.Namespace == typeof(Person).Namespace);

        Assert.All(entities, t => Assert.True(typeof(IWorkspaceOwned).IsAssignableFrom(t), $"{t.Name} has a WorkspaceId but is not IWorkspaceOwned"));
    }
}
