using System.Net;

namespace Aliado.Tests.Infrastructure;

/// <summary>Steps of the method that many tests need before the part they are about.</summary>
public static class MethodSteps
{
    /// <summary>
    /// Records an interest of mine that fully meets <paramref name="clientInterest"/> and a willing offering
    /// the client buys that serves it, so the verdict says proceed and step 6 opens.
    /// </summary>
    public static async Task<(Guid MyInterest, Guid Offering)> AlignAsync(this HttpClient api, Guid relationship, Guid clientInterest)
    {
        var mine = (await (await api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "provider", description = "Learn how the area runs", importance = 4 })).ReadAsync(HttpStatusCode.Created)).Id();
        (await api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = mine, clientInterestId = clientInterest, strength = "full" })).EnsureSuccessStatusCode();
        var offering = (await (await api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Weekly written summary", clientBuys = "yes", servesInterestIds = new[] { clientInterest } })).ReadAsync(HttpStatusCode.Created)).Id();
        var verdict = await (await api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("proceed", verdict.Text("outcome"));
        return (mine, offering);
    }
}
