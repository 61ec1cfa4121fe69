using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aliado.Cli;

namespace Aliado.Bench;

/// <summary>
/// Every page and API list at two sizes side by side, through the real app over HTTP: a workspace of
/// 1,000 people / 100 relationships and one of 100,000 / 10,000, both made by <c>aliado demo --people</c>,
/// served by one <c>aliado</c> process. One client at a time, rounds interleaved, medians; the target is
/// that no request costs more than 1.5 times as much at the large size.
/// </summary>
public static partial class ScaleBench
{
    private const string Password = "a long enough passphrase";

    private sealed record Size(string Name, int People, int Relationships)
    {
        public string Email => $"{Name}@bench.example";
    }

    private sealed record Caller(Size Size, HttpClient Api, HttpClient Browser, Guid Relationship);

    private static readonly (string Name, bool Page, Func<Caller, string> Path)[] _requests =
    [
        ("dashboard page /", true, _ => "/"),
        ("/people?q=mar", true, _ => "/people?q=mar"),
        ("/people?p=500", true, _ => "/people?p=500"),
        ("relationship page", true, c => $"/relationships/{c.Relationship}"),
        ("/search?q=mar", true, _ => "/search?q=mar"),
        ("GET /api/v1/dashboard", false, _ => "/api/v1/dashboard"),
        ("GET /api/v1/relationships", false, _ => "/api/v1/relationships"),
        ("GET /api/v1/people?q=mar", false, _ => "/api/v1/people?q=mar"),
    ];

    public static async Task<int> RunAsync(string? postgres, int small, int large, int rounds, int requests, double targetRatio)
    {
        var folder = Directory.CreateTempSubdirectory("aliado-scale-");
        var settings = new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = folder.FullName };
        if (postgres is not null)
        {
            settings["Database__Provider"] = "postgres";
            settings["Database__ConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = $"aliado_scale_{Guid.NewGuid():N}" }.ConnectionString;
        }
        var cli = settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => s.Value);
        Size[] sizes = [new("small", small, small / 10), new("large", large, large / 10)];
        await CommandAsync(cli, "migrate");
        foreach (var size in sizes)
        {
            var watch = Stopwatch.StartNew();
            await CommandAsync(cli, "demo", "--people", $"{size.People}", "--relationships", $"{size.Relationships}", "--email", size.Email, "--password", Password);
            Console.WriteLine($"aliado demo --people {size.People:N0} --relationships {size.Relationships:N0}: {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var port = FreePort();
        using var app = StartApp(settings, port);
        try
        {
            var address = new Uri($"http://127.0.0.1:{port}");
            await ReadyAsync(address);
            var callers = new List<Caller>();
            foreach (var size in sizes)
            {
                callers.Add(await SignInAsync(address, size, await CommandAsync(cli, "token", "create", size.Email)));
            }

            var timings = callers.ToDictionary(c => c.Size, _ => _requests.ToDictionary(r => r.Name, _ => new List<double>()));
            for (var round = 0; round < rounds; round++)
            {
                foreach (var request in _requests)
                {
                    foreach (var caller in callers)
                    {
                        var client = request.Page ? caller.Browser : caller.Api;
                        var path = request.Path(caller);
                        for (var n = -2; n < requests; n++)
                        {
                            var watch = Stopwatch.StartNew();
                            using var response = await client.GetAsync(path);
                            await response.Content.ReadAsByteArrayAsync();
                            watch.Stop();
                            if (response.StatusCode != HttpStatusCode.OK)
                            {
                                throw new InvalidOperationException($"{path} at {caller.Size.Name} answered {(int)response.StatusCode}");
                            }
                            if (n >= 0)
                            {
                                timings[caller.Size][request.Name].Add(watch.Elapsed.TotalMilliseconds);
                            }
                        }
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine($"| request ({(postgres is null ? "SQLite" : "PostgreSQL")}) | p50 at {small:N0} | p50 at {large:N0} | ratio |");
            Console.WriteLine("|---|---|---|---|");
            var missed = false;
            foreach (var request in _requests)
            {
                var (low, high) = (Median(timings[sizes[0]][request.Name]), Median(timings[sizes[1]][request.Name]));
                var ratio = high / low;
                missed |= ratio > targetRatio;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {request.Name} | {low:0.0} ms | {high:0.0} ms | ×{ratio:0.0}{(ratio > targetRatio ? " (over target)" : string.Empty)} |"));
            }
            return missed ? 1 : 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> CommandAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommands.RunAsync(args, output, error, settings);
        if (exit != 0)
        {
            throw new InvalidOperationException($"aliado {string.Join(' ', args)} exited {exit}: {error}");
        }
        return output.ToString().Trim();
    }

    private static Process StartApp(Dictionary<string, string?> settings, int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "aliado.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_HTTP_PORTS"] = $"{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["RateLimits__ApiPerMinute"] = "100000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("aliado did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task ReadyAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("aliado did not become ready in a minute");
    }

    /// <summary>An API client with the size's token, and a browser-like client signed in through the form.</summary>
    private static async Task<Caller> SignInAsync(Uri address, Size size, string token)
    {
        var api = new HttpClient { BaseAddress = address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await browser.GetStringAsync("/signin");
        var antiforgery = FormToken().Match(form).Groups[1].Value;
        using var signedIn = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = size.Email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = antiforgery,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {size.Email} answered {(int)signedIn.StatusCode}");
        }
        // The relationship with the most in it: the page a user of a large workspace opens most.
        var relationships = JsonNode.Parse(await api.GetStringAsync("/api/v1/relationships?pageSize=100"))!["items"]!.AsArray();
        var biggest = relationships.MaxBy(r => r!["declinesAbsorbed"]!.GetValue<int>() + (r!["latestPulseAt"] is null ? 0 : 1))!;
        return new Caller(size, api, browser, biggest["id"]!.GetValue<Guid>());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
