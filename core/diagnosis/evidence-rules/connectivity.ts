// Failures on the network path between two servers: name resolution, routing, TLS.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const CONNECTIVITY_RULES: readonly EvidenceRule[] = [
  {
    id: 'dns-resolution-failure',
    causeId: 'dns',
    description: 'A host name in the chain could not be resolved.',
    scope: BODY_ONLY,
    keywords: ['enotfound', 'eai_again', 'name or service not known', 'name resolution', 'nodename nor servname', 'no such host', 'could not resolve', 'could not translate host name'],
    pattern:
      /\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN)\b|\bENOTFOUND\b|\bEAI_AGAIN\b|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|\bno such host\b|[Cc]ould not resolve host|could not translate host name/,
    weight: 0.85,
  },
  {
    id: 'network-unreachable',
    causeId: 'network',
    description: 'The network route to the next server is missing (host or network unreachable).',
    scope: BODY_ONLY,
    keywords: ['ehostunreach', 'enetunreach', 'no route to host', 'network is unreachable'],
    pattern: /\bEHOSTUNREACH\b|\bENETUNREACH\b|\bNo route to host\b|\bNetwork is unreachable\b/,
    weight: 0.8,
  },
  {
    id: 'tls-failure',
    causeId: 'tls',
    description: 'A TLS handshake or certificate check failed between two servers.',
    scope: BODY_ONLY,
    keywords: ['ssl', 'certificate', 'cert_', 'tls', 'self signed', 'self-signed', 'issuer'],
    pattern:
      /\bSSL_ERROR_\w{1,40}|\bcertificate verify failed\b|\bCERT_HAS_EXPIRED\b|\bUNABLE_TO_VERIFY_LEAF_SIGNATURE\b|\bDEPTH_ZERO_SELF_SIGNED_CERT\b|\bSELF_SIGNED_CERT_IN_CHAIN\b|\bself[- ]signed certificate\b|\bSSL handshake failed\b|\bError during SSL Handshake\b|\bSSLHandshakeException\b|unable to get local issuer certificate/i,
    weight: 0.85,
  },
];
