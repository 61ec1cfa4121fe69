using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Pages;

/// <summary>What every page carries from the layout: a title that names the product once, and an icon.</summary>
public sealed class LayoutTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_page_names_the_product_once_in_its_title_and_carries_an_icon()
    {
        var visitor = app.Client(null);
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var home = await visitor.GetStringAsync("/");
        var icon = await visitor.GetAsync("/favicon.svg");
        var (_, dashboard) = await browser.GetAsync("/");
        var (_, people) = await browser.GetAsync("/people");

        Assert.Contains("<title>Aliado</title>", home, StringComparison.Ordinal);
        foreach (var page in new[] { home, dashboard, people })
        {
            Assert.DoesNotContain("Aliado · Aliado", page, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">", page, StringComparison.Ordinal);
        }
        Assert.Matches("<title>[^<]+ · Aliado</title>", dashboard);
        Assert.Matches("<title>People · Aliado</title>", people);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }
}
