variable "kubeconfig_path" {
  description = "The kubeconfig file of the target cluster."
  type        = string
  default     = "~/.kube/config"
}

variable "kubeconfig_context" {
  description = "The kubeconfig context of the target cluster; null for the current one."
  type        = string
  default     = null
}

variable "namespace" {
  description = "The namespace every workload of the system runs in."
  type        = string
  default     = "arch-solution-template"
}

variable "image_registry" {
  description = "The registry the services' images are pushed to (dotnet publish -t:PublishContainer)."
  type        = string
  default     = "arch-solution-template"
}

variable "image_tag" {
  description = "The tag of the services' images to deploy."
  type        = string
  default     = "0.1.0"
}
#if (usesDatabase)

variable "database_connection_string" {
  description = "The Npgsql connection string of the readings database (PostgreSQL) the services use: Host=...;Database=...;Username=...;Password=..."
  type        = string
  sensitive   = true
}
#endif
#if (usesBroker)

variable "broker_connection_string" {
  description = "The URI of the RabbitMQ broker the services publish and consume through: amqp://user:password@host:5672/vhost"
  type        = string
  sensitive   = true
}
#endif
