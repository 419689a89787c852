namespace Shop.Domain;

public interface IProductRepository
{
    Task<Product?> FindAsync(int id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken);
}
