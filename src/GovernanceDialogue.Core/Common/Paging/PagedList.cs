namespace GovernanceDialogue.Core.Common.Paging;

/// <summary>One page of a list, with the total so clients can page on.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);
}
