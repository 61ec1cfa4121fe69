using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aliado.Tests.Infrastructure;

public static class Json
{
    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body.Length == 0 ? "null" : body) ?? new JsonObject();
    }

    /// <summary>Asserts an RFC 9457 problem response with the given status, and returns its body.</summary>
    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync(expected);
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        return problem;
    }

    public static string[] FieldErrors(this JsonNode problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? [];

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, contentType));

    public static Guid Id(this JsonNode node) => node["id"]!.GetValue<Guid>();

    public static string Text(this JsonNode node, string property) => node[property]?.GetValue<string>() ?? string.Empty;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
