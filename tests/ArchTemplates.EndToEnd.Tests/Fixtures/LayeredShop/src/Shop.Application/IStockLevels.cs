namespace Shop.Application;

public interface IStockLevels
{
    Task<int> InStockAsync(int productId, CancellationToken cancellationToken);
}
