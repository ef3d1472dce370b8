using GovernanceDialogue.Core.Common.Errors;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Persistence;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Refuses the change with 412 when the caller's copy (its If-Match) is not the current version. Races after this
    /// check are still caught: the UPDATE carries the loaded version in its WHERE clause, and the context answers a
    /// lost race on this entity with 412 too. Without an expected version nothing is checked here, and a lost race is
    /// 409 <c>concurrent-change</c> (the caller stated no precondition that could fail).
    /// </summary>
    public static void ExpectVersion<TEntity>(this AppDbContext db, TEntity entity, uint? expectedVersion)
        where TEntity : class
    {
        if (expectedVersion is null)
        {
            return;
        }

        db.RecordExpectedVersion(entity);
        var entry = db.Entry(entity);
        if (entry.Property<uint>("Version").CurrentValue != expectedVersion.Value)
        {
            var key = entry.Metadata.FindPrimaryKey()!.Properties[0];
            throw new PreconditionFailedException(ResourceName(typeof(TEntity)), entry.Property(key.Name).CurrentValue!);
        }
    }

    /// <summary>The name of an entity type as the API calls it.</summary>
    public static string ResourceName(Type entityType) => entityType.Name switch
    {
        "OrganisationUnit" => "Unit",
        "AppUser" => "User",
        "ApiToken" => "Token",
        var name => name,
    };

    /// <summary>Loads an entity by key or throws the 404 of the error convention.</summary>
    public static async Task<TEntity> FindOrThrowAsync<TEntity>(
        this DbSet<TEntity> set, object key, string resource, CancellationToken cancellationToken)
        where TEntity : class =>
        await set.FindAsync([key], cancellationToken) ?? throw new NotFoundException(resource, key);
}
