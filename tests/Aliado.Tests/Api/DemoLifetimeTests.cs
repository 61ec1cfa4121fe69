using System.Net;
using Aliado.Data;
using Aliado.Platform;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Api;

/// <summary>The app as deployed: Production, with no demo setting.</summary>
public sealed class ProductionApp : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class DemoInProductionTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task In_production_the_demo_is_off_unless_it_is_turned_on()
    {
        var client = app.Client(null);

        var (_, home) = (HttpStatusCode.OK, await client.GetStringAsync("/"));
        var demo = await client.GetAsync("/demo");
        var turnedOn = app.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true")).CreateClient();

        Assert.DoesNotContain("action=\"/demo\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, demo.StatusCode);
        Assert.Contains("action=\"/demo\"", await turnedOn.GetStringAsync("/"), StringComparison.Ordinal);
    }
}

public sealed class DemoLifetimeTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_demo_account_and_its_workspace_are_gone_after_a_day_and_real_accounts_stay()
    {
        var real = await app.NewAccountAsync();
        var browser = new FormClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync("/", [], "/demo")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        var demo = await db.Users.Where(u => u.Email!.EndsWith("@demo.aliado.invalid")).OrderByDescending(u => u.CreatedAt).FirstAsync();
        await db.Users.Where(u => u.Id == demo.Id || u.Id == real.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, DateTime.UtcNow.AddHours(-25)));

        var removed = await Housekeeping.ExpireDemosAsync(db, DateTime.UtcNow, CancellationToken.None);

        Assert.True(removed >= 1);
        Assert.False(await db.Users.AnyAsync(u => u.Id == demo.Id));
        Assert.False(await db.Workspaces.AnyAsync(w => w.Id == demo.PersonalWorkspaceId));
        Assert.True(await db.Users.AnyAsync(u => u.Id == real.UserId));
        Assert.Equal(HttpStatusCode.OK, (await real.Api.GetAsync("/api/v1/people")).StatusCode);
    }
}
