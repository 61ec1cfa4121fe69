using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Api;

public abstract class AccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Theory]
    [InlineData(null)]
    [InlineData("aliado_not-a-real-token")]
    public async Task Without_a_valid_token_the_API_answers_401_in_the_callers_language(string? token)
    {
        app.EnsureAvailable();
        var client = app.Client(token, "es");

        var problem = await (await client.GetAsync("/api/v1/people")).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.StartsWith("Inicia sesión", problem.Text("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_and_is_stored_only_as_a_hash()
    {
        var me = await app.NewAccountAsync();
        (await me.Api.GetAsync("/api/v1/me")).EnsureSuccessStatusCode();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
            var stored = await db.ApiTokens.IgnoreQueryFilters().Where(t => t.UserId == me.UserId).ToListAsync();
            Assert.DoesNotContain(stored, t => t.Hash.Contains(me.Token, StringComparison.Ordinal) || me.Token.Contains(t.Hash, StringComparison.Ordinal));
            Assert.All(stored, t => Assert.Equal(64, t.Hash.Length));
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(me.WorkspaceId);
            Assert.True(await scope.ServiceProvider.GetRequiredService<Features.Tokens.PersonalTokens>().RevokeAsync(me.UserId, stored.Single().Id));
        }

        await (await me.Api.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_member_removed_from_a_workspace_loses_access_with_their_old_token()
    {
        var owner = await app.NewAccountAsync();
        var member = await app.NewAccountAsync();
        var shared = await app.JoinAsync(owner, member, WorkspaceRole.Editor);
        (await shared.GetAsync("/api/v1/people")).EnsureSuccessStatusCode();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
            await db.Memberships.Where(m => m.WorkspaceId == owner.WorkspaceId && m.UserId == member.UserId).ExecuteDeleteAsync();
        }

        await (await shared.GetAsync("/api/v1/people")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        app.EnsureAvailable();

        var body = await (await app.Client(null).GetAsync("/health")).ReadAsync(HttpStatusCode.OK);
        var ready = await (await app.Client(null).GetAsync("/health/ready")).ReadAsync(HttpStatusCode.OK);
        var live = await (await app.Client(null).GetAsync("/health/live")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("healthy", body.Text("status"));
        Assert.Equal(["keys", "migrations", "storage"], ready["checks"]!.AsObject().Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.All(ready["checks"]!.AsObject(), c => Assert.Equal("healthy", c.Value!.Text("status")));
        Assert.Equal("healthy", live.Text("status"));
        Assert.Empty(live["checks"]!.AsObject());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        app.EnsureAvailable();

        var document = await (await app.Client(null).GetAsync("/openapi/v1.json")).ReadAsync(HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/people", paths);
        Assert.Contains("/api/v1/people/{id}/ties", paths);
        Assert.Contains("/api/v1/ties/{id}", paths);
        Assert.Contains("/api/v1/organizations/{id}", paths);
        Assert.Contains("/api/v1/me", paths);
        Assert.NotNull(document["components"]!["securitySchemes"]!["bearer"]);
    }
}

public sealed class AccessOnSqlite(SqliteApp app) : AccessTests<SqliteApp>(app);

public sealed class AccessOnPostgres(PostgresApp app) : AccessTests<PostgresApp>(app);
