using System.Text.Json;
using System.Text.Json.Serialization;
using Aliado.Data;
using Aliado.Features.Accounts;
using Aliado.Features.Briefs;
using Aliado.Features.Calendar;
using Aliado.Features.CheckIns;
using Aliado.Features.Dashboard;
using Aliado.Features.Exports;
using Aliado.Features.Health;
using Aliado.Features.History;
using Aliado.Features.Imports;
using Aliado.Features.Interactions;
using Aliado.Features.Lessons;
using Aliado.Features.Organizations;
using Aliado.Features.People;
using Aliado.Features.Proposals;
using Aliado.Features.Pulses;
using Aliado.Features.Relationships;
using Aliado.Features.Reminders;
using Aliado.Features.Search;
using Aliado.Features.StandingInterests;
using Aliado.Features.Ties;
using Aliado.Features.Trash;
using Aliado.Features.Typology;
using Aliado.Features.Workspaces;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>How the web app is put together: services, then the request pipeline.</summary>
public static class AliadoWeb
{
    private const string SmartScheme = "aliado";

    public static void AddAliado(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Serve wwwroot from the project when run with `dotnet run` in any environment (a no-op once published).
        builder.WebHost.UseStaticWebAssets();
        services.AddAliadoServices(builder.Configuration).AddSignInManager();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Token or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/error/403";
            o.Cookie.Name = "aliado.session";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => StatusInsteadOfRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => StatusInsteadOfRedirect(context, StatusCodes.Status403Forbidden);
        });
        // Every request compares the session's security stamp with the account's in the statement that resolves
        // its workspace (WorkspaceResolution), so sign-out and a password change end all other sessions at once
        // without Identity rebuilding the principal from two more queries on every request.
        services.AddAuthorization();
        services.AddWorkspacePolicies();
        services.AddAliadoRateLimits(builder.Configuration);

        services.AddOptions<Features.Reminders.EmailSettings>().ValidateOnStart();
        services.AddSingleton<JobLeases>();
        services.AddSingleton<CallerCache>();
        services.AddSingleton<Features.Reminders.ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Reminders.ReminderService>());
        services.AddSingleton<Housekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<Housekeeping>());
        services.AddSingleton<Features.Backups.ScheduledBackups>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Backups.ScheduledBackups>());
        services.AddAliadoHealth();
        RequestLogLine.AddTo(services);
        builder.AddAliadoTelemetry();
        // Every cookie is Secure when the request came over HTTPS (directly, or through a proxy that says so
        // with X-Forwarded-Proto when ASPNETCORE_FORWARDEDHEADERS_ENABLED=true).
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Home/Index");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignUp");
            o.Conventions.AllowAnonymousToPage("/Culture/Index");
            o.Conventions.AllowAnonymousToPage("/Demo/Index");
            o.Conventions.AllowAnonymousToPage("/Shared/Error");
            o.Conventions.AllowAnonymousToPage("/CheckIns/Answer");
            o.Conventions.AllowAnonymousToPage("/Reminders/Stop");
            o.Conventions.AllowAnonymousToPage("/Method/HowItWorks");
        });
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            BindingMessages.Localize(o, factory);
            o.ModelBinderProviders.Insert(0, new KebabEnumBinderProvider());
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            var title = localizer[$"problem.status.{status}"];
            // Only replace the framework's English default; titles we set are already localized.
            var isDefault = context.ProblemDetails.Title is null
                || context.ProblemDetails.Title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)
                || status == StatusCodes.Status500InternalServerError;
            if (!title.ResourceNotFound && isDefault)
            {
                context.ProblemDetails.Title = title;
            }
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddExceptionHandler<StorageFaultPage>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // Choices travel as their kebab-case names only ("reports-to"); a number is not a choice.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        });
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.AddOperationTransformer<QueryChoicesTransformer>();
        });
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!AliadoSettings.MigrateOnStart(app.Configuration))
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        await DataServices.MigrateAsync(scope.ServiceProvider.GetRequiredService<AliadoDbContext>());
        await Features.Relationships.VerdictUpgrade.RunAsync(scope.ServiceProvider);
    }

    public static void UseAliado(this WebApplication app)
    {
        // First, so the line carries the status the error handlers finally gave.
        app.UseHttpLogging();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Only ever sent over HTTPS, and a redirect only when an HTTPS port is known: a plain-HTTP laptop install is unaffected.
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseCookiePolicy();
        // Early, so error pages and problem details written on the way out use the request's language too.
        app.UseRequestLocalization();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
            pages.Use(ShowErrorPagesAsPlainGets);
        });
        app.UseStaticFiles();
        // Explicit, and after the error handlers, so a re-executed error request is routed again.
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<WorkspaceResolution>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<OnceOnly>();

        app.MapRazorPages();
        app.MapOpenApi();
        app.MapHealth();
        app.MapAliadoTelemetry();

        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(WorkspacePolicies.Member)
            .WithApiConventions()
            .WithTags("Aliado");
        api.MapMe();
        api.MapPeople();
        api.MapOrganizations();
        api.MapTies();
        api.MapRelationships();
        api.MapWorkspace();
        api.MapHealthPolicy();
        api.MapMembers();
        api.MapSecurityLog();
        api.MapInteractions();
        api.MapPulses();
        api.MapCheckIns();
        api.MapBriefs();
        api.MapReminders();
        api.MapStandingInterests();
        api.MapProposals();
        api.MapDashboard();
        app.MapCalendar(api);
        api.MapTypology();
        api.MapLessons();
        api.MapTrash();
        api.MapHistory();
        api.MapImports();
        api.MapWorkspaceImport();
        api.MapWorkspaceExport();
        api.MapPeopleExport();
        api.MapSearch();

        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
    }

    /// <summary>
    /// A failed POST such as "/people/x?handler=AddTie" is re-executed as "/error/500"; the error page is
    /// read-only, so drop the method and handler and show it as a GET.
    /// </summary>
    private static Task ShowErrorPagesAsPlainGets(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.QueryString = QueryString.Empty;
        }
        return next(context);
    }

    internal static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static Task StatusInsteadOfRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        foreach (var address in addresses ?? [])
        {
            // "http://[::]:8080" (every interface, as ASPNETCORE_HTTP_PORTS binds) is opened as localhost.
            var reachable = address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal);
            Console.WriteLine($"Aliado is running: open {reachable} in your browser (Ctrl+C stops it).");
        }
    }
}
