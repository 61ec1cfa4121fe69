using System.Net;
using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Relationships;
using Aliado.Features.Demo;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Demo;

/// <summary>The generated demo of any size: what it writes in bulk must be what saves one by one would have stored.</summary>
public abstract class ScaleDemoTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_generated_workspace_has_the_size_asked_for_and_every_stored_verdict_and_summary_is_the_one_a_save_would_keep()
    {
        app.EnsureAvailable();
        await using var scope = app.Services.CreateAsyncScope();
        var email = $"scale-{Guid.NewGuid():N}@example.com";

        var (demo, errors) = await scope.ServiceProvider.GetRequiredService<ScaleDemo>().CreateAsync("es", new ScaleDemo.Size(300, 40), email, Account.Password, TestContext.Current.CancellationToken);

        Assert.True(demo is not null, string.Join("; ", errors));
        var api = app.Client(await app.IssueTokenAsync(demo.User.Id, demo.User.PersonalWorkspaceId), "es");
        Assert.Equal(300, (await (await api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        Assert.Equal(40, (await (await api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        Assert.NotEqual(0, (await (await api.GetAsync("/api/v1/search?q=empresa")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        var changed = await app.InWorkspaceAsync(demo.User.PersonalWorkspaceId, async db =>
        {
            var changed = new List<string>();
            foreach (var relationship in await db.Relationships.ToListAsync())
            {
                var facts = VerdictFacts.From(
                    await db.Interests.Where(i => i.RelationshipId == relationship.Id).ToListAsync(),
                    await db.Offerings.Include(o => o.Serves).Where(o => o.RelationshipId == relationship.Id).ToListAsync(),
                    await db.Coincidences.Where(c => c.RelationshipId == relationship.Id).ToListAsync());
                relationship.Record(Verdict.Of(facts));
                relationship.Refresh(await RelationshipUpkeep.RunningFactsAsync(db, relationship.Id, TestContext.Current.CancellationToken));
                db.ChangeTracker.DetectChanges();
                changed.AddRange(db.Entry(relationship).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name));
            }
            return changed;
        });
        Assert.Empty(changed);
        var counts = await app.InWorkspaceAsync(demo.User.PersonalWorkspaceId, async db => new[]
        {
            await db.Interests.CountAsync(), await db.Offerings.CountAsync(), await db.Interactions.CountAsync(),
            await db.Proposals.CountAsync(), await db.Pulses.CountAsync(), await db.Ties.CountAsync(),
        });
        Assert.All(counts, count => Assert.True(count > 0, string.Join(", ", counts)));
    }

    [Fact]
    public async Task The_command_line_refuses_a_size_it_cannot_make_with_a_sentence()
    {
        _ = app.Services;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Aliado.Cli.AdminCommands.RunAsync(["demo", "--people", "10", "--relationships", "10"], output, error, new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = app.DataDirectory });

        Assert.Equal(1, exit);
        Assert.Equal("Use from 2 to 1,000,000 people and fewer relationships than people.", error.ToString().Trim());
    }
}

public sealed class ScaleDemoOnSqlite(SqliteApp app) : ScaleDemoTests<SqliteApp>(app);

public sealed class ScaleDemoOnPostgres(PostgresApp app) : ScaleDemoTests<PostgresApp>(app);
