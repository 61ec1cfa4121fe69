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

    // DeepPage: a deep page of people as a user reaches it, by the Next link of the page before it — page 500
    // of the large workspace, the middle page (20) of the small one.
    private sealed record Caller(Size Size, HttpClient Api, HttpClient Browser, Guid Relationship, string DeepPage);

    private static readonly (string Name, bool Page, Func<Caller, string> Path)[] _requests =
    [
        ("dashboard page /", true, _ => "/"),
        ("/people?q=mar", true, _ => "/people?q=mar"),
        ("/people?p=500 (address typed)", true, _ => "/people?p=500"),
        ("/people deep page (Next link)", true, c => c.DeepPage),
        ("relationship page", true, c => $"/relationships/{c.Relationship}"),
        ("/search?q=mar", true, _ => "/search?q=mar"),
        ("GET /api/v1/dashboard", false, _ => "/api/v1/dashboard"),
        ("GET /api/v1/relationships", false, _ => "/api/v1/relationships"),
        ("GET /api/v1/people?q=mar", false, _ => "/api/v1/people?q=mar"),
    ];

    /// <summary>The pages the open-model run sends at a fixed rate to the large workspace.</summary>
    private static readonly (string Name, Func<Caller, string> Path)[] _loaded =
    [
        ("dashboard page /", _ => "/"),
        ("/people?q=mar", _ => "/people?q=mar"),
        ("relationship page", c => $"/relationships/{c.Relationship}"),
    ];

    private const int ImportedRows = 1_000;
    private const int Imports = 3;

    public static async Task<int> RunAsync(string? postgres, int small, int large, int rounds, int requests, double targetRatio, int rate, int seconds)
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

            var missed = false;
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

            // The raw floor, on the large workspace, before the imports below add to it.
            var largest = callers[1];
            var workspaceId = JsonNode.Parse(await largest.Api.GetStringAsync("/api/v1/me"))!["workspace"]!["id"]!.GetValue<Guid>();
            var rawPort = FreePort();
            await using var raw = await RawBaseline.StartAsync(postgres is null ? null : settings["Database__ConnectionString"], Path.Combine(folder.FullName, "aliado.db"), rawPort);
            using var rawClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{rawPort}") };
            var floors = new List<string>();
            foreach (var (name, appPath, rawPath) in new[]
            {
                ("GET /api/v1/relationships", "/api/v1/relationships", $"/relationships?w={workspaceId}"),
                ("GET /api/v1/people?q=mar", "/api/v1/people?q=mar", $"/people?q=mar&w={workspaceId}"),
            })
            {
                var appRate = await RawBaseline.ThroughputAsync(largest.Api, appPath, 4, TimeSpan.FromSeconds(seconds));
                var rawRate = await RawBaseline.ThroughputAsync(rawClient, rawPath, 4, TimeSpan.FromSeconds(seconds));
                missed |= appRate / rawRate < 0.5;
                floors.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {appRate:0} | {rawRate:0} | {appRate / rawRate:0%} |"));
            }

            // Imports add people, so they run after every read was timed: a contacts file of 1,000 new people into each.
            const string import = "POST /api/v1/imports/people (1,000 rows)";
            foreach (var caller in callers)
            {
                timings[caller.Size][import] = [];
                for (var n = 0; n < Imports; n++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await caller.Api.PostAsync("/api/v1/imports/people", new StringContent(Cards(caller.Size.Name, n), System.Text.Encoding.UTF8, "text/vcard"));
                    await response.Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"the import at {caller.Size.Name} answered {(int)response.StatusCode}");
                    }
                    timings[caller.Size][import].Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine();
            Console.WriteLine($"| request ({(postgres is null ? "SQLite" : "PostgreSQL")}) | p50 at {small:N0} | p50 at {large:N0} | ratio |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var name in _requests.Select(r => r.Name).Append(import))
            {
                var (low, high) = (Median(timings[sizes[0]][name]), Median(timings[sizes[1]][name]));
                var ratio = high / low;
                missed |= ratio > targetRatio;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {low:0.0} ms | {high:0.0} ms | ×{ratio:0.0}{(ratio > targetRatio ? " (over target)" : string.Empty)} |"));
            }

            Console.WriteLine();
            Console.WriteLine($"| at {large:N0} people, 4 clients | app requests/s | raw ADO.NET requests/s | app / raw |");
            Console.WriteLine("|---|---|---|---|");
            floors.ForEach(Console.WriteLine);

            if (rate > 0)
            {
                Console.WriteLine();
                Console.WriteLine($"| {rate} requests/s for {seconds} s at {large:N0} people | answered/s | p50 | p99 | failed |");
                Console.WriteLine("|---|---|---|---|---|");
                foreach (var (name, path) in _loaded)
                {
                    var load = await OpenModelAsync(callers[1].Browser, path(callers[1]), rate, TimeSpan.FromSeconds(seconds));
                    await DrainedAsync(callers[1].Browser, path(callers[1]));
                    missed |= load.P99 >= 100 || load.Failed > 0;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {load.Served:0} | {load.P50:0} ms | {load.P99:0} ms | {load.Failed} |"));
                }
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

    /// <summary>
    /// Sends requests at a fixed rate whether or not earlier ones have come back (an open model, as users
    /// arrive), and times each from when it was due, so a queue in front of a slow server counts against it.
    /// </summary>
    private static async Task<(double Served, double P50, double P99, int Failed)> OpenModelAsync(HttpClient client, string path, int rate, TimeSpan duration)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var failed = 0;
        var start = Stopwatch.GetTimestamp();
        var sent = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            var n = i;
            sent.Add(Task.Run(async () =>
            {
                try
                {
                    using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    using var response = await client.GetAsync(path, cancel.Token);
                    await response.Content.ReadAsByteArrayAsync(cancel.Token);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }
                latencies[n] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(sent);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var sorted = latencies.Order().ToList();
        return (count / elapsed, sorted[(int)(sorted.Count * 0.50)], sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))], failed);
    }

    /// <summary>Waits until the server answers one request in under a second again: the next run must not start behind this one's queue.</summary>
    private static async Task DrainedAsync(HttpClient client, string path)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            if (response.IsSuccessStatusCode && watch.Elapsed < TimeSpan.FromSeconds(1))
            {
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static string Cards(string size, int import)
    {
        var cards = new System.Text.StringBuilder();
        for (var n = 0; n < ImportedRows; n++)
        {
            cards.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported {size} {import} {n:D4}\r\nEMAIL:imported.{size}.{import}.{n}@bench.example\r\nEND:VCARD\r\n");
        }
        return cards.ToString();
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
        var deep = Math.Min(500, size.People / 25 / 2);
        var before = await browser.GetStringAsync($"/people?p={deep - 1}");
        var next = NextLink().Match(before) is { Success: true } link ? WebUtility.HtmlDecode(link.Groups[1].Value) : throw new InvalidOperationException($"page {deep - 1} of people has no Next link");
        return new Caller(size, api, browser, biggest["id"]!.GetValue<Guid>(), next);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();

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
