using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class SecurityLogTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task Sign_ins_failures_and_access_changes_are_in_the_owners_log_and_nobody_elses()
    {
        var me = await app.NewAccountAsync("es");
        var colleague = await app.NewAccountAsync();
        var browser = new FormClient(app, "es");
        await browser.SubmitAsync("/signin", ("Input.Email", me.Email), ("Input.Password", "not my password at all"));
        await browser.SignInAsync(me.Email);
        var added = await (await me.Api.PostJsonAsync("/api/v1/workspace/members", new { email = colleague.Email, role = "viewer" })).ReadAsync(HttpStatusCode.Created);
        (await me.Api.DeleteAsync($"/api/v1/workspace/members/{added.Id()}")).EnsureSuccessStatusCode();
        var editor = await app.JoinAsync(me, await app.NewAccountAsync(), WorkspaceRole.Editor);

        var log = await (await me.Api.GetAsync("/api/v1/workspace/security-log?pageSize=50")).ReadAsync(HttpStatusCode.OK);
        var kinds = log["items"]!.AsArray().Select(e => (kind: e!.Text("kind"), subject: e!.Text("subject"))).ToList();
        var (_, page) = await browser.GetAsync("/workspace/security");

        Assert.Contains(("sign-in-failed", me.Email), kinds);
        Assert.Contains(("sign-in", me.Email), kinds);
        Assert.Contains(("member-added", colleague.Email), kinds);
        Assert.Contains(("member-removed", colleague.Email), kinds);
        Assert.Contains(kinds, k => k.kind == "token-created");
        Assert.True(log["items"]![0]!["at"]!.GetValue<DateTime>() >= log["items"]![kinds.Count - 1]!["at"]!.GetValue<DateTime>());
        Assert.Contains("Inicio de sesión fallido (contraseña incorrecta)", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        await (await editor.GetAsync("/api/v1/workspace/security-log")).ProblemAsync(HttpStatusCode.Forbidden);
        var theirs = await (await colleague.Api.GetAsync("/api/v1/workspace/security-log")).ReadAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(theirs["items"]!.AsArray(), e => e!.Text("subject") == me.Email);
    }
}

public sealed class SecurityLogOnSqlite(SqliteApp app) : SecurityLogTests<SqliteApp>(app);

public sealed class SecurityLogOnPostgres(PostgresApp app) : SecurityLogTests<PostgresApp>(app);
