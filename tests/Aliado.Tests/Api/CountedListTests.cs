using System.Globalization;
using System.Net;
using System.Text;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>
/// A workspace-sized list stops counting a little past a thousand (counting every row costs as much as the
/// workspace is large): the API says the total is a lower bound, the pages say "more than", and paging on
/// to the end still works.
/// </summary>
public abstract class CountedListTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private const int Imported = 1005;

    [Theory]
    [InlineData("en", "More than 1,000 people", "Page 1 of 41 or more")]
    [InlineData("es", "Más de 1.000 personas", "Página 1 de 41 o más")]
    public async Task Past_a_thousand_people_the_total_is_a_lower_bound_and_the_last_page_is_still_reached(string culture, string count, string position)
    {
        var me = await app.NewAccountAsync(culture);
        var cards = new StringBuilder();
        for (var n = 0; n < Imported; n++)
        {
            cards.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact {n:D4}\r\nEND:VCARD\r\n");
        }
        var imported = await (await me.Api.PostAsync("/api/v1/imports/people", new StringContent(cards.ToString(), Encoding.UTF8, "text/vcard"))).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(Imported, imported["created"]!.GetValue<int>());

        var first = await (await me.Api.GetAsync("/api/v1/people")).ReadAsync(HttpStatusCode.OK);
        var last = await (await me.Api.GetAsync("/api/v1/people?page=41")).ReadAsync(HttpStatusCode.OK);
        var searched = await (await me.Api.GetAsync("/api/v1/people?q=0042")).ReadAsync(HttpStatusCode.OK);
        // A search that matches them all is read in the list's order rather than gathered and sorted.
        var broad = await (await me.Api.GetAsync("/api/v1/people?q=contact&page=2")).ReadAsync(HttpStatusCode.OK);
        var broadLast = await (await me.Api.GetAsync("/api/v1/people?q=contact&page=41")).ReadAsync(HttpStatusCode.OK);
        var browser = new FormClient(app, culture);
        await browser.SignInAsync(me.Email);
        var (_, page) = await browser.GetAsync("/people");

        Assert.False(first["totalExact"]!.GetValue<bool>());
        Assert.Equal(1001, first["total"]!.GetValue<int>());
        Assert.Equal(25, first["items"]!.AsArray().Count);
        // Me and the imported: 1,006 people, so the 41st page of 25 holds the last 6, and knows it is the last.
        Assert.Equal(6, last["items"]!.AsArray().Count);
        Assert.Equal(1006, last["total"]!.GetValue<int>());
        Assert.Equal(41, last["totalPages"]!.GetValue<int>());
        Assert.True(searched["totalExact"]!.GetValue<bool>());
        Assert.Equal(1, searched["total"]!.GetValue<int>());
        Assert.False(broad["totalExact"]!.GetValue<bool>());
        Assert.Equal([.. Enumerable.Range(25, 25).Select(n => $"Contact {n:D4}")], broad["items"]!.AsArray().Select(p => p!.Text("name")));
        Assert.Equal([.. Enumerable.Range(1000, 5).Select(n => $"Contact {n:D4}")], broadLast["items"]!.AsArray().Select(p => p!.Text("name")));
        Assert.Contains(count, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains(position, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }
}

public sealed class CountedListOnSqlite(SqliteApp app) : CountedListTests<SqliteApp>(app);

public sealed class CountedListOnPostgres(PostgresApp app) : CountedListTests<PostgresApp>(app);
