output "namespace" {
  description = "The namespace the system runs in."
  value       = kubernetes_namespace_v1.system.metadata[0].name
}

output "deployments" {
  description = "The deployment of each service."
  value       = [for name, deployment in kubernetes_deployment_v1.service : deployment.metadata[0].name]
}
