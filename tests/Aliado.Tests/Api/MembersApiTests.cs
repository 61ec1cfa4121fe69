using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class MembersApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task The_owner_lists_adds_and_removes_members_and_a_removed_member_is_out_at_once()
    {
        var owner = await app.NewAccountAsync();
        var colleague = await app.NewAccountAsync();
        var colleagueToken = await app.IssueTokenAsync(colleague.UserId, owner.WorkspaceId);

        var added = await (await owner.Api.PostJsonAsync("/api/v1/workspace/members", new { email = colleague.Email, role = "editor" })).ReadAsync(HttpStatusCode.Created);
        var again = await (await owner.Api.PostJsonAsync("/api/v1/workspace/members", new { email = colleague.Email, role = "editor" })).ReadAsync(HttpStatusCode.Created);
        var list = await (await owner.Api.GetAsync("/api/v1/workspace/members")).ReadAsync(HttpStatusCode.OK);
        var inside = await app.Client(colleagueToken).GetAsync("/api/v1/people");

        Assert.Equal((colleague.Email, "editor"), (added.Text("email"), added.Text("role")));
        Assert.Equal(added.Id(), again.Id());
        Assert.Equal(["editor", "owner"], list.AsArray().Select(m => m!.Text("role")).Order());
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.Api.DeleteAsync($"/api/v1/workspace/members/{added.Id()}")).StatusCode);
        await (await app.Client(colleagueToken).GetAsync("/api/v1/people")).ProblemAsync(HttpStatusCode.Forbidden);
        var ownerRow = list.AsArray().Single(m => m!.Text("role") == "owner")!;
        await (await owner.Api.DeleteAsync($"/api/v1/workspace/members/{ownerRow.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_owner_manages_members_and_bad_requests_are_explained()
    {
        var owner = await app.NewAccountAsync("es");
        var editor = await app.NewAccountAsync();
        var editorApi = await app.JoinAsync(owner, editor, WorkspaceRole.Editor);

        await (await editorApi.GetAsync("/api/v1/workspace/members")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await editorApi.PostJsonAsync("/api/v1/workspace/members", new { email = "x@example.com", role = "viewer" })).ProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await owner.Api.PostJsonAsync("/api/v1/workspace/members", new { email = "not an address", role = "owner" })).ProblemAsync(HttpStatusCode.BadRequest);
        var admin = await (await owner.Api.PostJsonAsync("/api/v1/workspace/members", new { email = "x@example.com", role = "admin" })).ProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await owner.Api.PostJsonAsync("/api/v1/workspace/members", new { email = "nobody-here@example.com", role = "viewer" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Single(bad.FieldErrors("email"));
        Assert.Single(bad.FieldErrors("role"));
        Assert.Single(admin.FieldErrors("role"));
        Assert.Contains("No se puede agregar esta dirección", Assert.Single(unknown.FieldErrors("email")), StringComparison.Ordinal);
    }
}

public sealed class MembersApiOnSqlite(SqliteApp app) : MembersApiTests<SqliteApp>(app);

public sealed class MembersApiOnPostgres(PostgresApp app) : MembersApiTests<PostgresApp>(app);
