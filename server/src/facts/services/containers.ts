import type { ServiceCard } from '../types';
import { num, range, text } from '../build';
import { list, price } from './util';

const ECS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html';
const ECS_CAPACITY = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-launch-type-comparison.html';
const ECS_LB = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html';
const ECS_VOLUME_API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html';
const ECS_TASK_ROLE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html';
const ECS_QUOTAS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html';
const ECS_PRICING = 'https://aws.amazon.com/ecs/pricing/';
const ECR = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html';
const ECR_SCAN = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html';
const ECR_REPLICATION = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html';
const ECR_LIFECYCLE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html';
const ECR_PRICING = 'https://aws.amazon.com/ecr/pricing/';
const ECR_PUBLIC = 'https://docs.aws.amazon.com/AmazonECR/latest/public/what-is-ecr.html';
const EKS = 'https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html';
const EKS_PRICING = 'https://aws.amazon.com/eks/pricing/';
const EKS_VERSIONS = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html';
const EKS_COMPUTE = 'https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html';
const EKS_QUOTAS = 'https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html';
const FARGATE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html';
const FARGATE_SIZE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html';
const FARGATE_STORAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html';
const FARGATE_SPOT = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html';
const FARGATE_PRICING = 'https://aws.amazon.com/fargate/pricing/';
const APPRUNNER = 'https://docs.aws.amazon.com/apprunner/latest/dg/what-is-apprunner.html';
const APPRUNNER_AVAILABILITY = 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html';
const APPRUNNER_PRICING = 'https://aws.amazon.com/apprunner/pricing/';
const APPRUNNER_SCALING = 'https://docs.aws.amazon.com/apprunner/latest/dg/manage-autoscaling.html';

export const ecs: ServiceCard = {
  id: 'ecs',
  name: 'Amazon Elastic Container Service (ECS)',
  summary: 'AWS-native container orchestration: tasks and services on EC2, Fargate or on-premises (ECS Anywhere).',
  aliases: ['ECS', 'Amazon ECS', 'Elastic Container Service', 'Amazon Elastic Container Service', 'ECS service', 'ECS task', 'ECS tasks', 'task definition', 'ECS cluster', 'ECS Anywhere', 'capacity provider', 'task role', 'task execution role'],
  category: 'Containers',
  docs: ECS,
  facts: [
    list('ecs.launch-types', 'Launch types', 'behaviour', ['Fargate', 'EC2', 'External (ECS Anywhere)', 'Amazon ECS Managed Instances'], ECS_CAPACITY, {
      checked: '2026-12-06',
      detail: 'Capacity providers (Fargate, Fargate Spot, Auto Scaling groups, Managed Instances) are the recommended way to configure capacity.',
    }),
    list('ecs.load-balancers', 'Load balancers', 'behaviour', ['ALB (recommended)', 'NLB', 'GWLB'], ECS_LB, {
      checked: '2026-12-06',
      seedLine: 1971,
      detail: 'The load-balancing page names these three (all supported on Fargate). Classic Load Balancers appear only in the ECS quota table: one per service, not adjustable.',
      changed: { notes: 'Classic Load Balancer not supported', note: 'The load-balancing page lists ALB, NLB and GWLB; a Classic Load Balancer is counted only in the ECS quotas (one per service).' },
    }),
    list('ecs.volumes', 'Task volumes', 'behaviour', ['Amazon EFS', 'Amazon S3 Files', 'FSx for Windows File Server', 'Amazon EBS (configured at launch)', 'bind mounts', 'Docker volumes (EC2)'], ECS_VOLUME_API, {
      detail: 'A task definition volume is one of: a bind mount (host), a Docker volume (not on Fargate), an Amazon EFS, Amazon S3 Files or FSx for Windows File Server file system, or an Amazon EBS volume configured at launch.',
      seedLine: 1979,
    }),
    text('ecs.roles', 'IAM roles', 'behaviour', 'Task role: the app\u2019s AWS permissions; task execution role: pull images, write logs, read secrets', ECS_TASK_ROLE),
    num('ecs.tasks-per-service', 'Tasks per service (desired count)', 'limit', 5_000, 'count', ECS_QUOTAS, { hardLimit: true }),
    num('ecs.services-per-cluster', 'Services per cluster', 'limit', 5_000, 'count', ECS_QUOTAS, { hardLimit: true }),
    text('ecs.price', 'Price', 'price', 'No charge for ECS itself; pay for EC2, Fargate and other resources', ECS_PRICING),
  ],
};

export const ecr: ServiceCard = {
  id: 'ecr',
  name: 'Amazon Elastic Container Registry (ECR)',
  summary: 'Managed private and public OCI/Docker image registry with scanning, replication and lifecycle policies.',
  aliases: ['ECR', 'Amazon ECR', 'Elastic Container Registry', 'Amazon Elastic Container Registry', 'ECR Public', 'ECR repository', 'Docker Hub', 'container registry'],
  category: 'Containers',
  docs: ECR,
  facts: [
    list('ecr.scanning', 'Image scanning', 'behaviour', ['Basic (on push or manual)', 'Enhanced (continuous, Amazon Inspector)'], ECR_SCAN),
    text('ecr.replication', 'Replication', 'behaviour', 'Cross-Region and cross-account replication rules per registry', ECR_REPLICATION),
    text('ecr.lifecycle', 'Lifecycle policies', 'behaviour', 'Expire images by age or count, by tag status or prefix', ECR_LIFECYCLE),
    price('ecr.storage-price', 'Storage (per GB-month)', 0.1, ECR_PRICING),
    text('ecr.public', 'ECR Public', 'behaviour', 'Public repositories served from gallery.ecr.aws', ECR_PUBLIC),
  ],
};

export const eks: ServiceCard = {
  id: 'eks',
  name: 'Amazon Elastic Kubernetes Service (EKS)',
  summary: 'Managed Kubernetes control plane with managed node groups, self-managed nodes, Fargate or EKS Auto Mode for compute.',
  aliases: ['EKS', 'Amazon EKS', 'Elastic Kubernetes Service', 'Amazon Elastic Kubernetes Service', 'Kubernetes', 'K8s', 'managed node group', 'managed node groups', 'EKS Auto Mode', 'AWS Load Balancer Controller'],
  category: 'Containers',
  docs: EKS,
  facts: [
    price('eks.cluster-hour', 'Cluster per hour (standard support)', 0.1, EKS_PRICING, { detail: '$0.60 per hour in extended support.' }),
    text('eks.version-support', 'Kubernetes version support', 'duration', '14 months standard support, then 12 months extended support (extra charge)', EKS_VERSIONS),
    list('eks.compute', 'Compute options', 'behaviour', ['EKS Auto Mode', 'managed node groups', 'self-managed nodes', 'AWS Fargate', 'hybrid nodes'], EKS_COMPUTE),
    num('eks.clusters', 'Clusters per Region', 'quota', 100, 'count', EKS_QUOTAS, { hardLimit: false }),
  ],
};

export const fargate: ServiceCard = {
  id: 'fargate',
  name: 'AWS Fargate',
  summary: 'Serverless compute for ECS tasks and EKS pods: no instances to manage, billed per vCPU and GB per second.',
  aliases: ['Fargate', 'AWS Fargate', 'Fargate Spot', 'Fargate launch type'],
  category: 'Containers',
  docs: FARGATE,
  facts: [
    range('fargate.vcpu', 'Task vCPU', { min: 0.25, max: 32 }, 'vCPU', FARGATE_SIZE, { hardLimit: true, detail: '8, 16 and 32 vCPU need Linux platform version 1.4.0 or later; older pages give 16 vCPU as the maximum.' }),
    range('fargate.memory', 'Task memory', { min: 0.5, max: 244 }, 'GiB', FARGATE_SIZE, { hardLimit: true, detail: 'Allowed memory depends on the vCPU size: up to 120 GB at 16 vCPU, 60, 120 or 244 GB at 32 vCPU (Linux).' }),
    range('fargate.ephemeral-storage', 'Ephemeral storage (ECS)', { min: 20, max: 200, default: 20 }, 'GiB', FARGATE_STORAGE, { hardLimit: true }),
    text('fargate.spot', 'Fargate Spot', 'behaviour', 'Interruption-tolerant tasks on spare capacity at a discount to the Fargate price, with a two-minute warning (EventBridge event and SIGTERM)', FARGATE_SPOT),
    text('fargate.network-mode', 'Networking', 'behaviour', 'awsvpc mode only: each task gets its own ENI and security groups', FARGATE_SIZE),
    price('fargate.vcpu-price', 'Per vCPU-hour (Linux/x86, us-east-1)', 0.04048, FARGATE_PRICING),
  ],
};

export const appRunner: ServiceCard = {
  id: 'app-runner',
  name: 'AWS App Runner',
  summary: 'Fully managed service that builds and runs web apps and APIs from source code or a container image.',
  aliases: ['App Runner', 'AWS App Runner'],
  category: 'Containers',
  docs: APPRUNNER,
  status: {
    state: 'closed-to-new-customers',
    since: '2026-04-30',
    successor: 'Amazon ECS Express Mode',
    source: APPRUNNER_AVAILABILITY,
    note: 'Existing customers can continue to use App Runner.',
  },
  facts: [
    text('app-runner.lifecycle', 'Availability', 'lifecycle', 'Not open to new customers from 30 April 2026; AWS points to Amazon ECS Express Mode', APPRUNNER_AVAILABILITY, {
      seedLine: 2132,
      changed: { notes: 'fully managed deployment of web apps and APIs', note: 'Closed to new customers since 30 April 2026.' },
    }),
    list('app-runner.sources', 'Sources', 'behaviour', ['container image (ECR)', 'source code repository'], APPRUNNER),
    range('app-runner.concurrency', 'Max concurrent requests per instance (auto scaling)', { min: 1, max: 200, default: 100 }, 'count', APPRUNNER_SCALING, { hardLimit: true }),
    price('app-runner.vcpu-price', 'Active instance per vCPU-hour (us-east-1)', 0.064, APPRUNNER_PRICING),
  ],
};
