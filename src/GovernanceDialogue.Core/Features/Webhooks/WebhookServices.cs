using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.Core.Features.Webhooks;

public static class WebhookServices
{
    /// <summary>The outbox writer, the dispatch after a commit, the SSRF guard, the sender and the secret store.</summary>
    public static IServiceCollection AddGovernanceWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.TimeoutSeconds is > 0 and <= 120, "Webhooks:TimeoutSeconds must be 1–120.")
            .Validate(o => o.RetentionDays is > 0 and <= 3650, "Webhooks:RetentionDays must be 1–3650.")
            .Validate(o => o.AllowedPrivateNetworks.All(n => System.Net.IPNetwork.TryParse(n.Trim(), out _)), "Webhooks:AllowedPrivateNetworks must be CIDR networks, e.g. 10.0.0.0/8.")
            .ValidateOnStart();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookDispatchTrigger>();
        services.AddSingleton<WebhookTargetGuard>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookSecrets>();
        return services;
    }
}
