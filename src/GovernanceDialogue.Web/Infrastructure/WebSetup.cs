using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using FluentValidation;
using GovernanceDialogue.Core;
using GovernanceDialogue.Core.Demo;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.Web.Api;
using GovernanceDialogue.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>The web host's services and request pipeline, in the order a request meets them.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("sv-SE"), new("en-GB")];

    /// <summary>The CORS policy of the open data (<c>/api/v1/public/…</c>); no other endpoint has one.</summary>
    public const string OpenDataCors = "OpenData";

    public static void AddGovernanceWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddGovernanceSecurity();
        builder.AddGovernanceJobs();
        services.AddSingleton<Core.Features.Notifications.INotificationTexts, ResourceNotificationTexts>();
        services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsMapping.Customize);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // Swedish unless the visitor chose otherwise: the switch sets a cookie; ?culture=en works for links.
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(ApiCulture),
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });

        services.Configure<MvcOptions>(options =>
            // FluentValidation in the pipeline is the one place that decides what is required.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.Configure<MvcViewOptions>(options => options.HtmlHelperOptions.ClientValidationEnabled = false);

        // The open data may be read by scripts on any site: GET only, and without credentials, so no cookie goes along.
        services.AddCors(options => options.AddPolicy(OpenDataCors, policy => policy
            .AllowAnyOrigin().WithMethods(HttpMethods.Get).WithHeaders(HeaderNames.IfNoneMatch).WithExposedHeaders(HeaderNames.ETag, HeaderNames.ContentDisposition)));
        services.AddControllers()
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.Converters.Add(new StrictEnumConverterFactory());
                options.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
                options.AllowInputFormatterExceptionMessages = true;
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ProblemDetailsMapping.InvalidModelState);
        services.AddRazorPages(options => options.Conventions.ConfigureFilter(new PageErrorFilter()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddHttpContextAccessor();

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "GovernanceDialogue API",
                Version = "v1",
                Description = "Trust-based governance for Swedish cities: organisation, missions (uppdrag), goal pictures, "
                    + "analyses, prioritised goals and operational dialogues. Errors are RFC 9457 problem details.",
            });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(SchemaId);
            // The Kolada import takes a JSON body or an uploaded file on one path; the JSON form is the one documented.
            options.ResolveConflictingActions(actions => actions.First(a => a.SupportedRequestFormats.Any(f => f.MediaType == "application/json")));
        });

        services.AddHealthChecks()
            .AddNpgSql(
                builder.Configuration.GetConnectionString(DependencyInjection.ConnectionStringName)!,
                name: "postgresql", tags: ["ready"], timeout: TimeSpan.FromSeconds(3));
    }

    public static void UseGovernanceWeb(this WebApplication app)
    {
        // Validation messages name fields by their UI label in the request's language ("Field.<Property>" texts).
        var fieldNames = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is not null && fieldNames[$"Field.{member.Name}"] is { ResourceNotFound: false } name ? name.Value : null;

        // First, so error pages re-executed below keep the language of the request that failed.
        app.UseRequestLocalization();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            // Expected errors (404, 409, 412 …) are answers, not failures: only the unexpected ones are logged as errors.
            SuppressDiagnosticsCallback = context => ProblemDetailsMapping.ForException(context.Exception) is not null,
        });
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages());
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseGovernanceSecurity();

        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "GovernanceDialogue API v1");
            options.DocumentTitle = "GovernanceDialogue API";
        });

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.UseGovernanceJobs();
        app.MapControllers();
        app.MapRazorPages();
    }

    /// <summary>Schema names for OpenAPI: a slice's nested <c>Response</c> becomes e.g. <c>CreateTokenResponse</c>.</summary>
    private static string SchemaId(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
        }

        return type.IsNested ? type.DeclaringType!.Name + type.Name : type.Name;
    }

    /// <summary>
    /// The API speaks English unless the client asks for Swedish with Accept-Language; pages default to Swedish.
    /// </summary>
    private static Task<ProviderCultureResult?> ApiCulture(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return Task.FromResult<ProviderCultureResult?>(null);
        }

        var wanted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value ?? "")
            .Select(tag => SupportedCultures.FirstOrDefault(c => tag.StartsWith(c.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(c => c is not null) ?? SupportedCultures[1];
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(wanted.Name));
    }

    /// <summary>
    /// Migrates and seeds as configured (on by default in Development), makes sure the default dialogue template
    /// exists, and bootstraps the first administrator.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var development = app.Environment.IsDevelopment();
        var bootstrapEmail = app.Configuration["Bootstrap:AdministratorEmail"];
        var startup = new DatabaseStartup(
            Migrate: options.MigrateOnStartup ?? development,
            SeedDemoCity: options.SeedDemoCity ?? development,
            // Demo passwords are public: never outside Development, whatever the configuration says.
            SeedDemoUsers: development && (options.SeedDemoUsers ?? true),
            Administrator: string.IsNullOrWhiteSpace(bootstrapEmail)
                ? null
                : new BootstrapAdministrator(bootstrapEmail, app.Configuration["Bootstrap:AdministratorPassword"]));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(startup, app.Lifetime.ApplicationStopping);
        if (startup.SeedDemoUsers)
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintDemoUsers(app.Logger));
        }
    }

    private static void PrintDemoUsers(ILogger logger)
    {
        var lines = DemoUsersSeeder.Users.Select(u => $"    {u.Email,-34} {u.Role}{(u.UnitCode is null ? "" : " @ " + u.UnitCode)}");
        logger.LogInformation(
            "Demo sign-in (Development only), password for all: {Password}\n{Users}\n    API token (Integrator, read+write): {Token}",
            DemoUsersSeeder.Password, string.Join("\n", lines), DemoUsersSeeder.TokenSecret);
    }
}

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending EF migrations at start-up. Default: on in Development, off elsewhere.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seed the demo city when the database has no units. Default: on in Development, off elsewhere.</summary>
    public bool? SeedDemoCity { get; set; }

    /// <summary>Seed demo users (public passwords) when there are none. Only ever in Development; default on there.</summary>
    public bool? SeedDemoUsers { get; set; }
}
